count = 0
total = 0

def inc():
    global count
    count += 1

def add(n):
    global total, count
    total = total + n
    count = count + 1
    return total

def read_only():
    return count * 100

def shadow():
    count = -1
    return count

def make_new():
    global created
    created = 'made inside function'

inc()
inc()
print(count)
print(add(5), add(10), count)
print(read_only())
print(shadow(), count)
make_new()
print(created)
