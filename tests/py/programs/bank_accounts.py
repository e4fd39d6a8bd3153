accounts = {}
log = []

def open_account(owner, initial=0):
    acc_id = f"AC{len(accounts) + 1:03d}"
    accounts[acc_id] = {"owner": owner, "balance": initial, "history": [("open", initial)]}
    log.append(f"opened {acc_id} for {owner} with {initial}")
    return acc_id

def deposit(acc_id, amount):
    if amount <= 0:
        raise ValueError("deposit must be positive")
    accounts[acc_id]["balance"] += amount
    accounts[acc_id]["history"].append(("deposit", amount))

def withdraw(acc_id, amount):
    acc = accounts[acc_id]
    if amount > acc["balance"]:
        raise ValueError(f"insufficient funds in {acc_id}: balance {acc['balance']}, requested {amount}")
    acc["balance"] -= amount
    acc["history"].append(("withdraw", amount))

def transfer(src, dst, amount):
    withdraw(src, amount)
    deposit(dst, amount)
    log.append(f"transfer {amount} {src}->{dst}")

a = open_account("alice", 100)
b = open_account("bob")
c = open_account("carol", 250)
deposit(b, 40)
transfer(a, b, 30)
transfer(c, a, 125)
operations = [
    ("withdraw", withdraw, (b, 500)),
    ("deposit", deposit, (a, -5)),
    ("transfer", transfer, (a, "AC999", 10)),
    ("withdraw", withdraw, (c, 125)),
    ("deposit", deposit, (c, 0.5)),
]
for label, fn, args in operations:
    try:
        fn(*args)
        print("ok", label, args)
    except ValueError as e:
        print("ValueError:", e)
    except KeyError as e:
        print("KeyError:", e)
print()
print(f"{'ID':<6}{'Owner':<8}{'Balance':>10}")
for acc_id in sorted(accounts):
    acc = accounts[acc_id]
    print(f"{acc_id:<6}{acc['owner']:<8}{acc['balance']:>10.2f}")
total = sum(acc["balance"] for acc in accounts.values())
print(f"{'TOTAL':<14}{total:>10.2f}")
richest = max(accounts, key=lambda k: accounts[k]["balance"])
print("richest:", accounts[richest]["owner"])
for acc_id, acc in accounts.items():
    print(acc_id, acc["history"])
print("\n".join(log))
