import_ok = 1
vals = ['0x1p-1074', '0x1p-1075', '0x1.8p-1075', '0x1.0000000000001p-1075', '0x1p-1076', '0x1.fffffffffffff8p1023', '0x1.fffffffffffff7p1023',
        '0x1p1023', '0x0.00000000000008p-1022', '0x123456789abcdef123p-80', '0x' + '1' * 300 + 'p-1500', '-0x1.8p1', '0x.8', '0x1.', '1p10']
for v in vals:
    try:
        print(v[:30], float.fromhex(v).hex())
    except OverflowError as e:
        print(v[:30], 'OverflowError', e)
for x in [0.1, 1e-310, 5e-324, 1.7976931348623157e308, 123.456, -2.5]:
    print(float.fromhex(x.hex()) == x)
