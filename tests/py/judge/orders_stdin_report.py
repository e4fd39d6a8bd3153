import sys

class Product:
    def __init__(self, sku, name, price_cents, stock):
        self.sku = sku
        self.name = name
        self.price = price_cents
        self.stock = stock

class OrderError(Exception):
    pass

class Store:
    def __init__(self):
        self.products = {}
        self.revenue = 0
        self.sold = {}

    def add(self, product):
        self.products[product.sku] = product

    def order(self, customer, sku, qty):
        if sku not in self.products:
            raise OrderError("unknown sku " + sku)
        p = self.products[sku]
        if qty > p.stock:
            raise OrderError("only %d %s left" % (p.stock, p.name))
        p.stock -= qty
        cost = p.price * qty
        self.revenue += cost
        self.sold[sku] = self.sold.get(sku, 0) + qty
        return cost

def money(cents):
    return "%d.%02d" % divmod(cents, 100)

store = Store()
n = int(sys.stdin.readline())
for _ in range(n):
    sku, name, price, stock = sys.stdin.readline().split()
    store.add(Product(sku, name, int(price), int(stock)))
m = int(sys.stdin.readline())
spent = {}
for _ in range(m):
    customer, sku, qty = sys.stdin.readline().split()
    try:
        cost = store.order(customer, sku, int(qty))
        spent[customer] = spent.get(customer, 0) + cost
        print("OK   %-6s %-4s x%-3s %8s" % (customer, sku, qty, money(cost)))
    except OrderError as e:
        print("FAIL %-6s %s" % (customer, e))
print("revenue", money(store.revenue))
for cust in sorted(spent, key=lambda c: (-spent[c], c)):
    print("  %s %s" % (cust, money(spent[cust])))
for sku in sorted(store.products):
    p = store.products[sku]
    print("  %s %-8s stock=%d sold=%d" % (sku, p.name, p.stock, store.sold.get(sku, 0)))
