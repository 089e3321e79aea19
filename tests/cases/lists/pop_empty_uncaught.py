# Uncaught IndexError from pop on an empty list.
stack = [1, 2]
stack.append(3)
print(stack.pop())
print(stack.pop())
print(stack.pop())
print(stack, len(stack))
if stack:
    print('not reached')
else:
    print('empty now')
stack.pop()
