data = b'\x80abc'
text = data.decode('utf-8')
print(text)
