# Generator expressions consumed by sum, list, any, all, min, max, sorted.
nums = [3, -1, 4, -1, 5, -9]
print(sum(x * x for x in nums))
print(list(x for x in nums if x > 0))
print(any(x > 4 for x in nums), any(x > 10 for x in nums))
print(all(x != 0 for x in nums), all(x > 0 for x in nums))
print(min(abs(x) for x in nums), max(x for x in nums))
print(sorted((x for x in nums), reverse=True))
print(tuple(str(x) for x in range(3)))
print(set(x % 2 for x in range(5)))
print(', '.join(w.strip() for w in ' a , b,c '.split(',')))
print(sum(1 for _ in 'hello'))
