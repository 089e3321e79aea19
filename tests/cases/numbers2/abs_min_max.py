print(abs(-5), abs(5), abs(-2.5), abs(-0.0), abs(-10**30))
words = ['pear', 'fig', 'banana', 'kiwi', 'apple']
print(max(words, key=len), min(words, key=len))
print(max(words), min(words))
nums = [-7, 3, -2, 9, -10]
print(max(nums, key=abs), min(nums, key=abs))
print(max([], default='none'), min([], default=0))
print(max(3, 9, 4), min(3, 9, 4, key=lambda x: -x))
print(max([(1, 'b'), (1, 'a'), (0, 'z')]))
print(min('hello'))
