class Account:
    def __init__(self, name, balance):
        self.name = name
        self.balance = balance
    def __repr__(self):
        return "%s:%d" % (self.name, self.balance)

class InsufficientFunds(Exception):
    pass

class Transaction:
    def __init__(self, *accounts):
        self.accounts = accounts
    def __enter__(self):
        self.snapshot = [a.balance for a in self.accounts]
        print("begin", list(self.accounts))
        return self
    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            print("commit", list(self.accounts))
            return False
        for a, b in zip(self.accounts, self.snapshot):
            a.balance = b
        print("rollback because", exc_type.__name__ + ":", exc)
        return issubclass(exc_type, InsufficientFunds)

def transfer(src, dst, amount):
    dst.balance += amount
    if src.balance < amount:
        raise InsufficientFunds("%s has %d, needs %d" % (src.name, src.balance, amount))
    src.balance -= amount

alice = Account("alice", 100)
bob = Account("bob", 20)

with Transaction(alice, bob):
    transfer(alice, bob, 30)
print(alice, bob)

with Transaction(alice, bob):
    transfer(bob, alice, 10)
    transfer(bob, alice, 500)
print(alice, bob)

try:
    with Transaction(alice, bob):
        transfer(alice, bob, 5)
        raise ValueError("network down")
except ValueError as e:
    print("outer caught", e)
print(alice, bob)

history = []
for amount in [10, 1000, 25]:
    with Transaction(alice, bob) as tx:
        transfer(alice, bob, amount)
        history.append(amount)
print(history, alice, bob)
