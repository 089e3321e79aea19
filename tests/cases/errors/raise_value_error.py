print('raising')
raise ValueError('msg')
