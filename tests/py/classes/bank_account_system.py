class InsufficientFunds(Exception):
    pass


class Account:
    interest_rate = 0.0
    _next_number = 1000

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.number = Account._next_number
        Account._next_number += 1
        self.history = []

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("deposit", amount))
        return self

    def withdraw(self, amount):
        if amount > self.available():
            raise InsufficientFunds(f"{self.owner}: cannot withdraw {amount}, available {self.available()}")
        self.balance -= amount
        self.history.append(("withdraw", amount))
        return self

    def available(self):
        return self.balance

    def add_interest(self):
        gained = round(self.balance * self.interest_rate, 2)
        self.balance = round(self.balance + gained, 2)
        return gained

    def __repr__(self):
        return f"{type(self).__name__}(#{self.number}, {self.owner!r}, {self.balance})"


class Savings(Account):
    interest_rate = 0.05


class Checking(Account):
    def __init__(self, owner, balance=0, overdraft=100):
        super().__init__(owner, balance)
        self.overdraft = overdraft

    def available(self):
        return self.balance + self.overdraft


class Bank:
    def __init__(self, name):
        self.name = name
        self.accounts = {}

    def open(self, kind, *args, **kwargs):
        acct = kind(*args, **kwargs)
        self.accounts[acct.number] = acct
        return acct

    def transfer(self, src, dst, amount):
        self.accounts[src].withdraw(amount)
        self.accounts[dst].deposit(amount)

    def total(self):
        return sum([a.balance for a in self.accounts.values()])

    def report(self):
        for num in sorted(self.accounts):
            print("  ", self.accounts[num])


bank = Bank("Tiny")
s = bank.open(Savings, "ann", 1000)
c = bank.open(Checking, "bob", 50, overdraft=200)
a = bank.open(Account, "cy")
bank.report()
bank.transfer(s.number, c.number, 300)
bank.transfer(c.number, a.number, 500)
bank.report()
for src, dst, amt in [(a.number, s.number, 600), (c.number, s.number, 100)]:
    try:
        bank.transfer(src, dst, amt)
    except InsufficientFunds as e:
        print("refused:", e)
try:
    a.deposit(-5)
except ValueError as e:
    print("ValueError:", e)
print(s.add_interest(), c.add_interest(), s.balance)
print(bank.total())
print(c.history)
print(s.deposit(1).deposit(2).balance)
print(sorted(bank.accounts.values(), key=lambda x: x.balance))
print([type(x).__name__ for x in bank.accounts.values() if isinstance(x, Account)])
print(isinstance(c, Checking), isinstance(c, Savings), issubclass(Savings, Account))
