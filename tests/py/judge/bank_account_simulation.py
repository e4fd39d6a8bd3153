class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__("account %s: cannot withdraw %d, balance %d" % (account.number, amount, account.balance))
        self.shortfall = amount - account.balance

class Account:
    next_number = 1000

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.number = Account.next_number
        Account.next_number += 1
        self.history = []

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("dep", amount))

    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(("wd", amount))

    def month_end(self):
        pass

    def __repr__(self):
        return "%s(%d, %s, %d)" % (type(self).__name__, self.number, self.owner, self.balance)

class Savings(Account):
    rate_percent = 2

    def month_end(self):
        interest = self.balance * self.rate_percent // 100
        if interest:
            self.deposit(interest)

class Checking(Account):
    def __init__(self, owner, balance=0, overdraft=100):
        super().__init__(owner, balance)
        self.overdraft = overdraft

    def withdraw(self, amount):
        if amount > self.balance + self.overdraft:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(("wd", amount))

    def month_end(self):
        if self.balance < 0:
            self.balance -= 15
            self.history.append(("fee", 15))

class Bank:
    def __init__(self):
        self.accounts = {}
    def open(self, cls, *args, **kw):
        acct = cls(*args, **kw)
        self.accounts[acct.number] = acct
        return acct
    def transfer(self, src, dst, amount):
        self.accounts[src].withdraw(amount)
        self.accounts[dst].deposit(amount)
    def total(self):
        return sum(a.balance for a in self.accounts.values())

bank = Bank()
s = bank.open(Savings, "ann", 1000)
c = bank.open(Checking, "ann", 50, overdraft=200)
o = bank.open(Account, "bob")
print(s, c, o)
ops = [(s.number, c.number, 300), (c.number, o.number, 500), (c.number, o.number, 100),
       (o.number, s.number, 150), (o.number, s.number, 1000), (9999, s.number, 1)]
for src, dst, amt in ops:
    try:
        bank.transfer(src, dst, amt)
        print("moved", amt, "from", src, "to", dst)
    except InsufficientFunds as e:
        print("refused:", e, "| short by", e.shortfall)
    except KeyError as e:
        print("no such account", e)
for month in range(3):
    for a in bank.accounts.values():
        a.month_end()
    print("month", month + 1, list(bank.accounts.values()), "total", bank.total())
print(c.history)
try:
    o.deposit(-5)
except ValueError as e:
    print("ValueError:", e)
print(isinstance(s, Account), issubclass(Checking, Savings), Account.next_number)
