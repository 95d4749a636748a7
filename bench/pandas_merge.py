# What an IT person would write to merge the returns (the benchmark's yardstick): read every
# workbook with pandas (openpyxl), keep the file name, concatenate, write one sheet.
import glob
import os
import sys

import pandas as pd

folder, output = sys.argv[1], sys.argv[2]
frames = []
for path in sorted(glob.glob(os.path.join(folder, "*.xlsx"))):
    frame = pd.read_excel(path, header=3)  # 附件N, title, 填报单位, then the header
    frame["来源文件"] = os.path.basename(path)
    frames.append(frame)
pd.concat(frames, ignore_index=True).to_excel(output, index=False)
print(sum(len(f) for f in frames))
