# pass in various places
def noop():
    pass
print(noop())
for i in range(3):
    pass
print(i)
while False:
    pass
if True:
    pass
else:
    pass
try:
    pass
except Exception:
    pass
finally:
    pass
def with_doc():
    "docstring only"
print(with_doc(), with_doc.__doc__)
def ellipsis_body():
    ...
print(ellipsis_body())
print(...)
x = ...
print(x is Ellipsis)
if 1: pass
print("done")
