# sort is stable, also with reverse=True.
pairs = [('b', 2), ('a', 1), ('c', 2), ('d', 1), ('e', 3), ('f', 2)]
by_num = sorted(pairs, key=lambda p: p[1])
print(by_num)
by_num_rev = sorted(pairs, key=lambda p: p[1], reverse=True)
print(by_num_rev)
words = ['bb', 'a', 'ccc', 'dd', 'e', 'fff']
words.sort(key=len)
print(words)
words.sort(key=len, reverse=True)
print(words)
