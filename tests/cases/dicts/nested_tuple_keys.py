# Nested dicts and tuple keys.
grid = {}
for r in range(2):
    for c in range(3):
        grid[(r, c)] = r * 10 + c
print(grid)
print(grid[1, 2], grid[(0, 1)])
tree = {'root': {'left': {'val': 1}, 'right': {'val': 2}}}
print(tree['root']['right']['val'])
tree['root']['left']['val'] += 10
print(tree)
people = {'ann': {'age': 30}, 'bob': {'age': 25}}
people['bob']['age'] = 26
for name, info in people.items():
    print(name, info['age'])
try:
    {(1, [2]): 3}
except TypeError as e:
    print('caught:', e)
