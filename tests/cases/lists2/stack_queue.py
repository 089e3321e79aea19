stack = []
for x in [1, 2, 3]:
    stack.append(x)
print(stack.pop(), stack.pop(), stack)
queue = [10, 20, 30]
queue.append(40)
print(queue.pop(0), queue.pop(0), queue)
q = []
for i in range(5):
    q.insert(0, i)
print(q)
while q:
    print(q.pop(), end=" ")
print()
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
