data = [3, 1, 2]
data.sort()
print(data)
names = ["b", "a"]
print(sorted(names))
mixed = [1, "two", 3]
print(sorted(mixed))
