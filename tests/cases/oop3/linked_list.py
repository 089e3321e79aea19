class Node:
    def __init__(self, val, nxt=None):
        self.val, self.next = val, nxt
class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for x in reversed(list(items)):
            self.push(x)
    def push(self, v):
        self.head = Node(v, self.head)
        self.size += 1
    def __iter__(self):
        n = self.head
        while n:
            yield n.val
            n = n.next
    def __len__(self):
        return self.size
    def __getitem__(self, i):
        if i < 0: i += self.size
        for j, v in enumerate(self):
            if j == i: return v
        raise IndexError('list index out of range')
    def __repr__(self):
        return 'LL[' + ' -> '.join(map(str, self)) + ']'
ll = LinkedList([1, 2, 3])
ll.push(0)
print(ll, len(ll), ll[0], ll[-1], list(ll), 2 in ll, bool(LinkedList()))
try:
    ll[10]
except IndexError as e:
    print("IndexError:", e)
