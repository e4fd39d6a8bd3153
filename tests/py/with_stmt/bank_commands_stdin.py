import sys

class Bank:
    def __init__(self):
        self.accounts = {}
    def snapshot(self):
        return dict(self.accounts)

class Atomic:
    def __init__(self, bank, label):
        self.bank = bank
        self.label = label
    def __enter__(self):
        self.saved = self.bank.snapshot()
        return self.bank
    def __exit__(self, t, e, tb):
        if t is None:
            print(self.label, "ok")
            return False
        self.bank.accounts = self.saved
        print(self.label, "failed:", e)
        return issubclass(t, (KeyError, ValueError))

def run(bank, parts):
    op = parts[0]
    if op == "open":
        if parts[1] in bank.accounts:
            raise ValueError("account %s exists" % parts[1])
        bank.accounts[parts[1]] = int(parts[2])
    elif op == "move":
        src, dst, amt = parts[1], parts[2], int(parts[3])
        bank.accounts[dst] += amt
        bank.accounts[src] -= amt
        if bank.accounts[src] < 0:
            raise ValueError("overdraft on %s" % src)
    elif op == "show":
        for name in sorted(bank.accounts):
            print("  %s=%d" % (name, bank.accounts[name]))
    else:
        raise NotImplementedError(op)

bank = Bank()
lineno = 0
for line in sys.stdin:
    lineno += 1
    parts = line.split()
    if not parts:
        continue
    try:
        with Atomic(bank, "#%d %s" % (lineno, parts[0])) as b:
            run(b, parts)
    except NotImplementedError as e:
        print("unknown command", e)
print("final", sorted(bank.accounts.items()))
