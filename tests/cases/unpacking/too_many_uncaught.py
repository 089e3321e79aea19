# Uncaught "too many values to unpack".
record = ('alice', 30, 'admin')
name, age, role = record
print(name, age, role)
name, *others = record
print(name, others)
for who, n in [('bob', 1), ('cy', 2)]:
    print(who, n)
name, age = record
print('not reached')
