# upper, lower, title, capitalize, swapcase, casefold.
s = 'hello WORLD, it\'s a fine-day 2day'
print(s.upper())
print(s.lower())
print(s.title())
print(s.capitalize())
print(s.swapcase())
print('ÄÖÜ straße'.lower(), 'straße'.upper())
print('ABC'.casefold())
print('hello'.isupper(), 'HELLO'.isupper(), 'Hello World'.istitle(), 'abc'.islower())
