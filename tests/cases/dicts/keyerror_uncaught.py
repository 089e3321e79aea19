# Uncaught KeyError traceback.
config = {'host': 'localhost', 'port': 8080}
print(config['host'])

def lookup(d, k):
    return d[k]

print(lookup(config, 'port'))
print(config.get('user', 'nobody'))
print('user' in config)
print(lookup(config, 'user'))
