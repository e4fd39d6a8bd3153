accounts = {}
log = []
def open_account(name, initial=0):
    if name in accounts:
        raise ValueError(f"account {name!r} already exists")
    if initial < 0:
        raise ValueError("initial deposit must be non-negative")
    accounts[name] = initial
    log.append(("open", name, initial))
def transfer(src, dst, amount):
    if src not in accounts:
        raise KeyError(src)
    if dst not in accounts:
        raise KeyError(dst)
    if amount <= 0:
        raise ValueError("amount must be positive, got %r" % amount)
    if accounts[src] < amount:
        raise RuntimeError(f"insufficient funds: {src} has {accounts[src]:.2f}, needs {amount:.2f}")
    accounts[src] -= amount
    accounts[dst] += amount
    log.append(("xfer", src, dst, amount))
ops = [
    (open_account, ("alice", 100)),
    (open_account, ("bob",)),
    (open_account, ("alice", 5)),
    (open_account, ("carl", -3)),
    (transfer, ("alice", "bob", 30.5)),
    (transfer, ("bob", "alice", 100)),
    (transfer, ("alice", "dan", 1)),
    (transfer, ("alice", "bob", 0)),
    (transfer, ("alice", "bob", "10")),
]
for fn, args in ops:
    try:
        fn(*args)
        print("ok:", fn.__name__, args)
    except KeyError as e:
        print("no such account:", e, repr(e), e.args)
    except (ValueError, RuntimeError) as e:
        print(f"{type(e).__name__}: {e}")
    except TypeError as e:
        print("type problem:", e)
    else:
        print("  balances:", accounts)
    finally:
        print("  log size", len(log))
for name, bal in sorted(accounts.items()):
    print(f"{name:>8}: {bal:10.2f}")
print(log)
