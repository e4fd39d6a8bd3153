# assigning obj.__dict__ replaces the instance's attribute dict
class A:
    pass


a = A()
a.x = 1
a.__dict__ = {"z": 2}
print(vars(a), a.z, hasattr(a, "x"))
try:
    a.__dict__ = 5
except TypeError as e:
    print(e)
