record = {"name": "Widget", "qty": 7, "price": 3.5, "tags": ["a", "b"], "none": None}
print("%(name)s x%(qty)d @ %(price).2f = %(price)s" % record)
print("%(tags)s %(tags)r %(none)s %(qty)05d %(qty)-5d| %(qty)+d" % record)
print("%(name)10s|%(name)-10s|%(name).3s" % record)
print("%(a)s %(a)s %(b)s" % {"a": 1, "b": 2, "c": 3})
print("%%(name)s %(name)s" % record)
print("%*s|%-*s|%*d|%.*s|%*.*f" % (6, "ab", 6, "cd", -6, 42, 2, "xyz", 9, 2, 3.14159))
print("%s" % (1,), "%s" % ((1,),), "%s %s" % (1, (2, 3)), "%s" % [1, 2])
print("%s" % "single", "%r" % ("t",), "%s" % {"k": 1}, "%d items" % 3)
t = (1, 2, 3)
print("%s-%s-%s" % t, "%r" % (t,), "%s" % str(t))
print("%s" % ({},), "%s %s" % ({}, []))
print("%(x)s" % {"x": {"nested": (1, 2)}})
print("%(key with space)s %(1)s" % {"key with space": "ok", "1": "one"})
try:
    print("%s %s" % {"a": 1})
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("%(a)s %s" % {"a": 1})
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("%*d" % (5,))
except TypeError as e:
    print(type(e).__name__, e)
print("%s" % {"a": 1}, "%(a)s" % {"a": 1})
print("literal only" % (), "literal %% only" % ())
try:
    print("literal only" % "x")
except TypeError as e:
    print(type(e).__name__, e)
