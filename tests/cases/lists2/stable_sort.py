records = [("x", 3), ("y", 1), ("z", 3), ("w", 2), ("v", 1), ("u", 3)]
by_num = sorted(records, key=lambda r: r[1])
print(by_num)
by_num_rev = sorted(records, key=lambda r: r[1], reverse=True)
print(by_num_rev)
data = list(records)
data.sort(key=lambda r: r[0])
data.sort(key=lambda r: r[1])
print(data)
nums = [5, -3, 2, -5, 3, -2]
nums.sort(key=abs)
print(nums)
