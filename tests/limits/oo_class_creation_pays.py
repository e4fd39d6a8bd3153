# status: step_limit
# args: --max-steps 200000
# Creating classes with many bases and attributes charges for the MRO merge and the
# attribute scans: a small step budget stops it.
bases = tuple(type("B%d" % i, (), {}) for i in range(300))
ns = {"a%d" % i: i for i in range(3000)}
for i in range(1000):
    C = type("C", bases, ns)
    C.x = i
print("not reached")
