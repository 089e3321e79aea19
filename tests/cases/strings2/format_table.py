rows = [("Widget", 3, 4.5), ("Gadget", 12, 19.99), ("Thingamajig", 1, 100.0)]
header = "{:<12} {:>5} {:>9}".format("Item", "Qty", "Price")
print(header)
print("-" * len(header))
for name, qty, price in rows:
    print("{:<12} {:>5d} {:>9.2f}".format(name, qty, price))
total = sum(q * p for _, q, p in rows)
print("{:<12} {:>5} {:>9.2f}".format("TOTAL", "", total))
print("{0} {1} {0}".format("a", "b"))
print("{name}-{age}".format(name="x", age=3))
print("{0[1]} {1[k]}".format([5, 6], {"k": "v"}))
print("{:^9}|{:*<6}|{:#>4}".format("mid", "ab", 7))
