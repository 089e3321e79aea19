width = 10
prec = 3
val = 2.718281828
print(f"{val:{width}.{prec}f}|")
print(f"{val:>{width}}|")
for w in (4, 6, 8):
    print(f"[{'x':^{w}}]")
items = {"apple": 1.5, "kiwi": 0.25}
for k, v in items.items():
    print(f"{k!s:<{width}}{v:>{prec + 4}.2f}")
fill = "."
print(f"{'end':{fill}>{width}}")
name = "World"
print(f"{'Hello, ' + name + '!':=^20}")
print(f"{{literal}} {len(name)} {name[::-1]} {name.upper()!r}")
