class InsufficientFunds(Exception):
    def __init__(self, balance, amount):
        super().__init__(balance, amount)
        self.balance = balance
        self.amount = amount

    def __str__(self):
        return f"cannot withdraw {self.amount}: balance is only {self.balance} (short by {self.amount - self.balance})"


class Wallet:
    def __init__(self, balance):
        self.balance = balance

    def pay(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(self.balance, amount)
        self.balance -= amount
        print(f"paid {amount}, left {self.balance}")


w = Wallet(100)
w.pay(30)
w.pay(50)
try:
    w.pay(40)
except InsufficientFunds as e:
    print("caught:", e, "| args:", e.args)
w.pay(25)
