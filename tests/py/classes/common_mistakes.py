class NoSelf:
    def greet():
        return "hello"

    def takes_one(x):
        return x


n = NoSelf()
try:
    n.greet()
except TypeError as e:
    print("TypeError:", e)
print(NoSelf.greet())
print(n.takes_one() is n)


class Account:
    def __init__(self, owner):
        self.owner = owner

    def show(self):
        return f"account of {self.owner}"


try:
    Account.show()
except TypeError as e:
    print("TypeError:", e)
print(Account.show(Account("ann")))
try:
    Account.show("not an account")
except AttributeError as e:
    print("AttributeError:", e)


class Typo:
    def __int__(self, value):
        self.value = value


try:
    Typo(5)
except TypeError as e:
    print("TypeError:", e)


class ForgotReturn:
    def __init__(self):
        self.items = [3, 1, 2]

    def sorted_items(self):
        self.items.sort()


f = ForgotReturn()
print(f.sorted_items(), f.items)


class UsesUndefined:
    def method(self):
        return value_not_defined


try:
    UsesUndefined().method()
except NameError as e:
    print("NameError:", e)


class AttrInsteadOfSelf:
    count = 0

    def bump(self):
        try:
            count += 1
        except UnboundLocalError as e:
            print("UnboundLocalError:", e)
        return AttrInsteadOfSelf.count


print(AttrInsteadOfSelf().bump())


class MethodNotCalled:
    def size(self):
        return 3


m = MethodNotCalled()
print(callable(m.size), m.size() + 1)
try:
    m.size + 1
except TypeError as e:
    print("TypeError:", e)
try:
    len(m.size)
except TypeError as e:
    print("TypeError:", e)


class ShadowedMethod:
    def __init__(self):
        self.run = "not a method any more"

    def run(self):
        return "method"


s = ShadowedMethod()
print(s.run, ShadowedMethod.run(s))
try:
    s.run()
except TypeError as e:
    print("TypeError:", e)
try:
    ShadowedMethod.missing_method(s)
except AttributeError as e:
    print("AttributeError:", e)
