# Indentation with tabs; tabs between tokens and inside strings.
if a:
	b = 1
	if c:
		d = 2
		while d:
			d -= 1
	else:
		e = 3
x	=	1	+	2
s = 'a	b'
t = f'{x}	{y}'
def f(a,	b):
	return	(a,
				b)
class C:
	def m(self):	# tab before comment
		pass
