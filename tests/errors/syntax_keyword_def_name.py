def if(x):
    return x
