class Seq:
    def __init__(self, data):
        self.data = data
    def __getitem__(self, idx):
        if isinstance(idx, slice):
            print("slice", idx.start, idx.stop, idx.step)
            return Seq(self.data[idx])
        print("index", idx)
        return self.data[idx]
    def __len__(self):
        return len(self.data)
    def __repr__(self):
        return f"Seq({self.data})"

s = Seq([10, 20, 30, 40, 50])
print(s[1])
print(s[-1])
print(s[1:4])
print(s[::2])
print(s[:])
print(s[slice(None, None, -1)])
print(list(s))
