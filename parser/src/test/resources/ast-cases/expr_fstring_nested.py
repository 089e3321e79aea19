f'{f"{x}"}'
f"{f'{x}'}"
f'''{f"{f'{x}'}"}'''
f'{x:{f"{y}"}}'
f'''{
    x
}'''
f"""multi
line {x}
fstring {
y + z
} end"""
f'{"a" "b"}'
f'{[i for i in range(3)]}'
f'{ {i for i in range(3)} }'
f'{ {k: v for k, v in d.items()} }'
f'{(x := 10)}'
f'{x:=10}'
f'{*a,}'
f'{a[1:2]}'
f'{a["key"]}'
rf'\d+{x}\n'
fr'{x}\{y}'
f'\n{x}\t{y}\\'
f'\N{EM DASH}{x}'
f'\{x}'
f'{x}' f'{y}'
f'{x}' 'plain' f'{y}'
'plain' f'{x}'
'a' 'b' f'{c}' 'd' f'e{f}g'
f'' ''
f'{x}' '' f''
