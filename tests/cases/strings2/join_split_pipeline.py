csv = "name, age ,city\nann,30, NYC \n bob , 25,LA"
rows = [[cell.strip() for cell in line.split(",")] for line in csv.split("\n")]
print(rows)
header, *body = rows
print([dict(zip(header, r)) for r in body])
print(" | ".join("-".join(r) for r in rows))
print("a,b,,c".split(","), "a  b   c".split(), "  x y  ".split(" "))
print("1-2-3-4".split("-", 2), "1-2-3-4".rsplit("-", 1))
print("line1\nline2\r\nline3\n".splitlines())
print("k=v=w".partition("="), "k=v=w".rpartition("="), "kvw".partition("="))
print("".join(reversed("stressed")), ", ".join(map(str, range(5))))
