while x:
    x -= 1

while True:
    if done():
        break
    continue

while x:
    pass
else:
    finished()

while (line := read()):
    process(line)

while x: pass
else: pass

while not (a or b):
    while c:
        c = c.next
    else:
        a = True
