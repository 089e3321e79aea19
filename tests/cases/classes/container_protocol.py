# __len__, __getitem__, __setitem__, __delitem__, __contains__.
class Store:
    def __init__(self):
        self.data = {}

    def __len__(self):
        return len(self.data)

    def __getitem__(self, key):
        print('get', key)
        return self.data[key]

    def __setitem__(self, key, value):
        print('set', key, value)
        self.data[key] = value

    def __delitem__(self, key):
        print('del', key)
        del self.data[key]

    def __contains__(self, key):
        return key in self.data

s = Store()
s['a'] = 1
s['b'] = 2
print(len(s), s['a'])
s['a'] += 10
print(s.data)
del s['b']
print('a' in s, 'b' in s, 'b' not in s)
print(len(s))
