rows = [('Widget', 4, 3.5), ('Gadget', 12, 10.0), ('Thingamajig', 1, 199.99), ('Nut', 250, 0.05)]
headers = ('Item', 'Qty', 'Price', 'Total')
w = max(len(r[0]) for r in rows) + 2
print(f"{headers[0]:<{w}}{headers[1]:>5}{headers[2]:>10}{headers[3]:>10}")
print('-' * (w + 25))
grand = 0
for name, qty, price in rows:
    total = qty * price
    grand += total
    print(f"{name:<{w}}{qty:>5}{price:>10.2f}{total:>10.2f}")
print('=' * (w + 25))
print(f"{'TOTAL':<{w}}{sum(r[1] for r in rows):>5}{'':>10}{grand:>10.2f}")
print(f"|{'centered':^{w + 25 - 2}}|")
