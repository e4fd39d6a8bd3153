# args: --max-output 1K
# status: output_limit
try:
    while True:
        print("y" * 10)
except BaseException:
    pass
print("after")
