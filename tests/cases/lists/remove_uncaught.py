# Uncaught ValueError from list.remove.
items = ['a', 'b', 'c']
items.remove('b')
print(items)

def drop(xs, v):
    xs.remove(v)

drop(items, 'a')
print(items)
drop(items, 'z')
