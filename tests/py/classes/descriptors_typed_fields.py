class Typed:
    def __init__(self, kind, default=None):
        self.kind = kind
        self.default = default

    def __set_name__(self, owner, name):
        print(f"  __set_name__ {owner.__name__}.{name}")
        self.name = name
        self.storage = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.storage, self.default)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} expects {self.kind.__name__}, got {type(value).__name__}")
        setattr(obj, self.storage, value)

    def __delete__(self, obj):
        print(f"  reset {self.name}")
        if hasattr(obj, self.storage):
            delattr(obj, self.storage)


class Positive(Typed):
    def __set__(self, obj, value):
        if isinstance(value, self.kind) and value <= 0:
            raise ValueError(f"{self.name} must be positive")
        super().__set__(obj, value)


print("defining Product")


class Product:
    name = Typed(str, "unnamed")
    price = Positive(float, 1.0)
    qty = Positive(int, 0)

    def __init__(self, name, price, qty):
        self.name = name
        self.price = price
        self.qty = qty

    def total(self):
        return self.price * self.qty


print("defined")
p = Product("pen", 1.5, 10)
print(p.name, p.price, p.qty, p.total())
print(sorted(p.__dict__.items()))
for field, value in [("qty", "many"), ("qty", -3), ("price", 2), ("name", 7)]:
    try:
        setattr(p, field, value)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
p.price = 2.25
print(p.total())
del p.qty
print(p.qty, p.total())
print(type(Product.name).__name__, Product.price.name, Product.qty.storage)
print(Product.__dict__["name"] is Product.name)


class Unit:
    def __get__(self, obj, objtype=None):
        if obj is None:
            return f"Unit accessed on class {objtype.__name__}"
        return f"Unit accessed on {type(obj).__name__} instance"


class Holder:
    u = Unit()


class SubHolder(Holder):
    pass


print(Holder.u)
print(Holder().u)
print(SubHolder.u)
print(SubHolder().u)
