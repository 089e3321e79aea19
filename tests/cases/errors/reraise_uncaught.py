def parse(text):
    try:
        return int(text)
    except ValueError:
        print('logging the failure of', repr(text))
        raise


print(parse('12'))
parse('twelve')
