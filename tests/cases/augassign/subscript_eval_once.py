# The container and index of x[i] += v are evaluated only once.
calls = []

def get_list(lst):
    calls.append('list')
    return lst

def get_index(i):
    calls.append('index')
    return i

data = [1, 2, 3]
get_list(data)[get_index(1)] += 100
print(data, calls)
class Logged:
    def __init__(self):
        self.d = {'k': 1}
    def __getitem__(self, key):
        print('getitem', key)
        return self.d[key]
    def __setitem__(self, key, value):
        print('setitem', key, value)
        self.d[key] = value
obj = Logged()
obj['k'] += 5
print(obj.d)
