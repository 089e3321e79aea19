class Stack:
    def __init__(self): self._items = []
    def push(self, x): self._items.append(x)
    def pop(self):
        if not self._items: raise IndexError('pop from empty stack')
        return self._items.pop()
    def peek(self): return self._items[-1] if self._items else None
    def __len__(self): return len(self._items)
    def __bool__(self): return bool(self._items)
class Queue:
    def __init__(self): self._in, self._out = [], []
    def enqueue(self, x): self._in.append(x)
    def dequeue(self):
        if not self._out:
            while self._in: self._out.append(self._in.pop())
        return self._out.pop()
    def __len__(self): return len(self._in) + len(self._out)
s, q = Stack(), Queue()
for i in range(5):
    s.push(i); q.enqueue(i * 10)
print(s.peek(), len(s), s.pop(), s.pop(), len(s))
print(q.dequeue(), q.dequeue()); q.enqueue(99)
out = []
while len(q): out.append(q.dequeue())
print(out)
def balanced(text):
    st, pairs = Stack(), {')': '(', ']': '[', '}': '{'}
    for ch in text:
        if ch in '([{': st.push(ch)
        elif ch in pairs:
            if not st or st.pop() != pairs[ch]: return False
    return not st
print([balanced(t) for t in ['([]{})', '([)]', '((', '', 'a(b)c]']])
