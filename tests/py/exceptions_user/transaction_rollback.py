class TransactionError(Exception):
    pass


class InsufficientFunds(TransactionError):
    def __init__(self, account, needed):
        super().__init__(f"{account} needs {needed} more")
        self.account = account
        self.needed = needed


class AccountLocked(TransactionError):
    pass


class Ledger:
    def __init__(self, balances):
        self.balances = dict(balances)
        self.locked = set()
        self.journal = []

    def _debit(self, name, amount):
        if name in self.locked:
            raise AccountLocked(f"{name} is locked")
        if self.balances[name] < amount:
            raise InsufficientFunds(name, amount - self.balances[name])
        self.balances[name] -= amount

    def _credit(self, name, amount):
        if name in self.locked:
            raise AccountLocked(f"{name} is locked")
        self.balances[name] += amount

    def transfer_batch(self, moves):
        snapshot = dict(self.balances)
        try:
            for src, dst, amt in moves:
                self._debit(src, amt)
                self._credit(dst, amt)
        except TransactionError as e:
            self.balances = snapshot
            self.journal.append(f"rolled back: {e}")
            raise
        else:
            self.journal.append(f"committed {len(moves)} moves")
        finally:
            self.journal.append(f"balances now {sorted(self.balances.items())}")


ledger = Ledger({"ann": 100, "bob": 50, "cy": 0})
batches = [
    [("ann", "bob", 30), ("bob", "cy", 60)],
    [("ann", "cy", 50), ("cy", "bob", 200)],
    [("bob", "ann", 10)],
]
for batch in batches:
    try:
        ledger.transfer_batch(batch)
        print("ok", ledger.balances)
    except InsufficientFunds as e:
        print("insufficient:", e, "| account", e.account, "needed", e.needed)
ledger.locked.add("cy")
try:
    ledger.transfer_batch([("ann", "bob", 1), ("bob", "cy", 1)])
except TransactionError as e:
    print(type(e).__name__ + ":", e)
print(ledger.balances)
for line in ledger.journal:
    print(" ", line)
try:
    ledger.transfer_batch([("ann", "zed", 5)])
except KeyError as e:
    print("KeyError propagates without rollback:", e, ledger.balances)
