# gapscore charts of XEA 2026. Run from this directory (gnuplot charts.gp) to redraw them;
# every name and label is an octal-escaped string, every number comes from a .dat file.
if (!exists("gs_format")) gs_format = "png"
if (!exists("gs_suffix")) gs_suffix = ""

reset
if (gs_format eq "svg") {
    set terminal svg size 1000,914 dynamic noenhanced font "DejaVu Sans,11" background rgb "white"
} else {
    set terminal pngcairo size 1000,914 noenhanced font "DejaVu Sans,10" background rgb "white"
}
set output "gap\055UNTOC" . gs_suffix . "." . gs_format
set title "UNTOC\072 gap by article\054 XEA \062\060\062\066" font ",13"
set xrange [0:1.2]
set yrange [27.5:-0.7]
set xlabel "Gap on what is required \050\061 \055 required score\051\073 hatched\072 not rated\054 gap on what was answered"
set xtics 0,0.1,1 nomirror
set ytics nomirror
set grid xtics front lc rgb "#bbbbbb"
set arrow from first 1, graph 0 to first 1, graph 1 nohead lc rgb "#333333"
set key outside bottom center horizontal maxcols 3 samplen 2
set bmargin 7
set object 1 rect from first 0, graph 0 to first 0.15, graph 1 behind fc rgb "#d9f0d3" fillstyle solid 1.0 noborder
set label 1 "C \302\267 high" at first 0.075, graph 1.015 center font ",9"
set object 2 rect from first 0.15, graph 0 to first 0.35, graph 1 behind fc rgb "#f7f4c8" fillstyle solid 1.0 noborder
set label 2 "LC \302\267 substantial" at first 0.25, graph 1.015 center font ",9"
set object 3 rect from first 0.35, graph 0 to first 0.65, graph 1 behind fc rgb "#fde0c5" fillstyle solid 1.0 noborder
set label 3 "PC \302\267 moderate" at first 0.5, graph 1.015 center font ",9"
set object 4 rect from first 0.65, graph 0 to first 1, graph 1 behind fc rgb "#f8d0d0" fillstyle solid 1.0 noborder
set label 4 "NC \302\267 low" at first 0.825, graph 1.015 center font ",9"
set ytics ("\065 Criminalization of participation in\342\200\246" 0, "\066 Criminalization of the laundering of\342\200\246" 1, "\067 Measures to combat money\055laundering" 2, "\070 Criminalization of corruption" 3, "\071 Measures against corruption" 4, "\061\060 Liability of legal persons" 5, "\061\061 Prosecution\054 adjudication and\342\200\246" 6, "\061\062 Confiscation and seizure" 7, "\061\063 International cooperation for\342\200\246" 8, "\061\064 Disposal of confiscated proceeds of\342\200\246" 9, "\061\065 Jurisdiction" 10, "\061\066 Extradition" 11, "\061\067 Transfer of sentenced persons" 12, "\061\070 Mutual legal assistance" 13, "\061\071 Joint investigations" 14, "\062\060 Special investigative techniques" 15, "\062\061 Transfer of criminal proceedings" 16, "\062\062 Establishment of criminal record" 17, "\062\063 Criminalization of obstruction of\342\200\246" 18, "\062\064 Protection of witnesses" 19, "\062\065 Assistance to and protection of\342\200\246" 20, "\062\066 Measures to enhance cooperation with\342\200\246" 21, "\062\067 Law enforcement cooperation" 22, "\062\070 Collection\054 exchange and analysis of\342\200\246" 23, "\062\071 Training and technical assistance" 24, "\063\060 Other measures\072 implementation of\342\200\246" 25, "\063\061 Prevention" 26, "\063\064 Implementation of the Convention" 27)
plot "gap\055UNTOC\056dat" using (0):($1-0.19):(0):($2==1?$3:NaN):($1-0.36):($1-0.02) with boxxyerror fs solid 0.85 border rgb "#333333" lc rgb "#1f4e79" title "Legislative", \
     "" using (0):($1+0.19):(0):($5==1?$6:NaN):($1+0.02):($1+0.36) with boxxyerror fs solid 0.85 border rgb "#333333" lc rgb "#e08a1e" title "Implementation", \
     "" using (0):($1-0.19):(0):($2==5?$3:NaN):($1-0.36):($1-0.02) with boxxyerror fs pattern 4 border lc rgb "#333333" lc rgb "#1f4e79" title "discretionary \050hatched\051", \
     "" using (0):($1+0.19):(0):($5==5?$6:NaN):($1+0.02):($1+0.36) with boxxyerror fs pattern 4 border lc rgb "#333333" lc rgb "#e08a1e" notitle, \
     "" using (0):($1-0.19):(0):($2==4?$3:NaN):($1-0.36):($1-0.02) with boxxyerror fs pattern 1 border lc rgb "#555555" lc rgb "#8c8c8c" title "insufficient data \050grey\051", \
     "" using (0):($1+0.19):(0):($5==4?$6:NaN):($1+0.02):($1+0.36) with boxxyerror fs pattern 1 border lc rgb "#555555" lc rgb "#8c8c8c" notitle, \
     "" using ($2==2?0.008:NaN):($1-0.19) with points pt 7 ps 0.8 lc rgb "#1f4e79" title "no gap", \
     "" using ($5==2?0.008:NaN):($1+0.19) with points pt 7 ps 0.8 lc rgb "#e08a1e" notitle, \
     "" using 4:($1-0.19):($2==2?"no gap":$2==3?"n\057a\072 nothing applicable":$2==4?"insufficient data":$2==5?"discretionary":$2==6?"no data":"") with labels left font ",8" tc rgb "#1f4e79" notitle, \
     "" using 7:($1+0.19):($5==2?"no gap":$5==3?"n\057a\072 nothing applicable":$5==4?"insufficient data":$5==5?"discretionary":$5==6?"no data":"") with labels left font ",8" tc rgb "#e08a1e" notitle
set output

reset
if (gs_format eq "svg") {
    set terminal svg size 640,640 dynamic noenhanced font "DejaVu Sans,11" background rgb "white"
} else {
    set terminal pngcairo size 640,640 noenhanced font "DejaVu Sans,10" background rgb "white"
}
set output "radar\055UNTOC" . gs_suffix . "." . gs_format
set title "UNTOC\072 article scores\054 XEA \062\060\062\066" font ",13"
set polar
set angles degrees
set theta top clockwise
set size square
unset border
unset xtics
unset ytics
set rrange [0:1]
set rtics 0.25 format "%.2f" font ",8"
set grid rtics polar 12.857143 lt 1 lc rgb "#c8c8c8"
set xrange [-1.25:1.25]
set yrange [-1.25:1.25]
set key bottom right
set label 1 "\065" at first 0.0000, first 1.1200 center font ",9"
set label 2 "\066" at first 0.2492, first 1.0919 center font ",9"
set label 3 "\067" at first 0.4859, first 1.0091 center font ",9"
set label 4 "\070" at first 0.6983, first 0.8757 center font ",9"
set label 5 "\071" at first 0.8757, first 0.6983 center font ",9"
set label 6 "\061\060" at first 1.0091, first 0.4859 center font ",9"
set label 7 "\061\061" at first 1.0919, first 0.2492 center font ",9"
set label 8 "\061\062" at first 1.1200, first 0.0000 center font ",9"
set label 9 "\061\063" at first 1.0919, first -0.2492 center font ",9"
set label 10 "\061\064 \050I discretionary\051" at first 1.0091, first -0.4859 center font ",9"
set label 11 "\061\065" at first 0.8757, first -0.6983 center font ",9"
set label 12 "\061\066" at first 0.6983, first -0.8757 center font ",9"
set label 13 "\061\067 \050discretionary\051" at first 0.4859, first -1.0091 center font ",9"
set label 14 "\061\070" at first 0.2492, first -1.0919 center font ",9"
set label 15 "\061\071 \050discretionary\051" at first 0.0000, first -1.1200 center font ",9"
set label 16 "\062\060" at first -0.2492, first -1.0919 center font ",9"
set label 17 "\062\061 \050discretionary\051" at first -0.4859, first -1.0091 center font ",9"
set label 18 "\062\062 \050discretionary\051" at first -0.6983, first -0.8757 center font ",9"
set label 19 "\062\063" at first -0.8757, first -0.6983 center font ",9"
set label 20 "\062\064" at first -1.0091, first -0.4859 center font ",9"
set label 21 "\062\065" at first -1.0919, first -0.2492 center font ",9"
set label 22 "\062\066" at first -1.1200, first -0.0000 center font ",9"
set label 23 "\062\067" at first -1.0919, first 0.2492 center font ",9"
set label 24 "\062\070 \050discretionary\051" at first -1.0091, first 0.4859 center font ",9"
set label 25 "\062\071" at first -0.8757, first 0.6983 center font ",9"
set label 26 "\063\060 \050L discretionary\051" at first -0.6983, first 0.8757 center font ",9"
set label 27 "\063\061 \050L discretionary\051" at first -0.4859, first 1.0091 center font ",9"
set label 28 "\063\064" at first -0.2492, first 1.0919 center font ",9"
plot "radar\055UNTOC\056dat" using 1:2 with linespoints lw 2 pt 7 ps 0.6 lc rgb "#1f4e79" title "Legislative", \
     "" using 1:3 with linespoints lw 2 pt 5 ps 0.6 lc rgb "#e08a1e" title "Implementation"
set output

reset
if (gs_format eq "svg") {
    set terminal svg size 1000,382 dynamic noenhanced font "DejaVu Sans,11" background rgb "white"
} else {
    set terminal pngcairo size 1000,382 noenhanced font "DejaVu Sans,10" background rgb "white"
}
set output "gap\055TIP" . gs_suffix . "." . gs_format
set title "TIP\072 gap by article\054 XEA \062\060\062\066" font ",13"
set xrange [0:1.2]
set yrange [8.5:-0.7]
set xlabel "Gap on what is required \050\061 \055 required score\051\073 hatched\072 not rated\054 gap on what was answered"
set xtics 0,0.1,1 nomirror
set ytics nomirror
set grid xtics front lc rgb "#bbbbbb"
set arrow from first 1, graph 0 to first 1, graph 1 nohead lc rgb "#333333"
set key outside bottom center horizontal maxcols 3 samplen 2
set bmargin 7
set object 1 rect from first 0, graph 0 to first 0.15, graph 1 behind fc rgb "#d9f0d3" fillstyle solid 1.0 noborder
set label 1 "C \302\267 high" at first 0.075, graph 1.015 center font ",9"
set object 2 rect from first 0.15, graph 0 to first 0.35, graph 1 behind fc rgb "#f7f4c8" fillstyle solid 1.0 noborder
set label 2 "LC \302\267 substantial" at first 0.25, graph 1.015 center font ",9"
set object 3 rect from first 0.35, graph 0 to first 0.65, graph 1 behind fc rgb "#fde0c5" fillstyle solid 1.0 noborder
set label 3 "PC \302\267 moderate" at first 0.5, graph 1.015 center font ",9"
set object 4 rect from first 0.65, graph 0 to first 1, graph 1 behind fc rgb "#f8d0d0" fillstyle solid 1.0 noborder
set label 4 "NC \302\267 low" at first 0.825, graph 1.015 center font ",9"
set ytics ("\065 Criminalization" 0, "\066 Assistance to and protection of\342\200\246" 1, "\067 Status of victims of trafficking in\342\200\246" 2, "\070 Repatriation of victims of\342\200\246" 3, "\071 Prevention of trafficking in persons" 4, "\061\060 Information exchange and training" 5, "\061\061 Border measures" 6, "\061\062 Security and control of documents" 7, "\061\063 Legitimacy and validity of documents" 8)
plot "gap\055TIP\056dat" using (0):($1-0.19):(0):($2==1?$3:NaN):($1-0.36):($1-0.02) with boxxyerror fs solid 0.85 border rgb "#333333" lc rgb "#1f4e79" title "Legislative", \
     "" using (0):($1+0.19):(0):($5==1?$6:NaN):($1+0.02):($1+0.36) with boxxyerror fs solid 0.85 border rgb "#333333" lc rgb "#e08a1e" title "Implementation", \
     "" using (0):($1-0.19):(0):($2==5?$3:NaN):($1-0.36):($1-0.02) with boxxyerror fs pattern 4 border lc rgb "#333333" lc rgb "#1f4e79" title "discretionary \050hatched\051", \
     "" using (0):($1+0.19):(0):($5==5?$6:NaN):($1+0.02):($1+0.36) with boxxyerror fs pattern 4 border lc rgb "#333333" lc rgb "#e08a1e" notitle, \
     "" using (0):($1-0.19):(0):($2==4?$3:NaN):($1-0.36):($1-0.02) with boxxyerror fs pattern 1 border lc rgb "#555555" lc rgb "#8c8c8c" title "insufficient data \050grey\051", \
     "" using (0):($1+0.19):(0):($5==4?$6:NaN):($1+0.02):($1+0.36) with boxxyerror fs pattern 1 border lc rgb "#555555" lc rgb "#8c8c8c" notitle, \
     "" using ($2==2?0.008:NaN):($1-0.19) with points pt 7 ps 0.8 lc rgb "#1f4e79" title "no gap", \
     "" using ($5==2?0.008:NaN):($1+0.19) with points pt 7 ps 0.8 lc rgb "#e08a1e" notitle, \
     "" using 4:($1-0.19):($2==2?"no gap":$2==3?"n\057a\072 nothing applicable":$2==4?"insufficient data":$2==5?"discretionary":$2==6?"no data":"") with labels left font ",8" tc rgb "#1f4e79" notitle, \
     "" using 7:($1+0.19):($5==2?"no gap":$5==3?"n\057a\072 nothing applicable":$5==4?"insufficient data":$5==5?"discretionary":$5==6?"no data":"") with labels left font ",8" tc rgb "#e08a1e" notitle
set output

reset
if (gs_format eq "svg") {
    set terminal svg size 640,640 dynamic noenhanced font "DejaVu Sans,11" background rgb "white"
} else {
    set terminal pngcairo size 640,640 noenhanced font "DejaVu Sans,10" background rgb "white"
}
set output "radar\055TIP" . gs_suffix . "." . gs_format
set title "TIP\072 article scores\054 XEA \062\060\062\066" font ",13"
set polar
set angles degrees
set theta top clockwise
set size square
unset border
unset xtics
unset ytics
set rrange [0:1]
set rtics 0.25 format "%.2f" font ",8"
set grid rtics polar 40.000000 lt 1 lc rgb "#c8c8c8"
set xrange [-1.25:1.25]
set yrange [-1.25:1.25]
set key bottom right
set label 1 "\065" at first 0.0000, first 1.1200 center font ",9"
set label 2 "\066 \050I discretionary\051" at first 0.7199, first 0.8580 center font ",9"
set label 3 "\067 \050discretionary\051" at first 1.1030, first 0.1945 center font ",9"
set label 4 "\070" at first 0.9699, first -0.5600 center font ",9"
set label 5 "\071" at first 0.3831, first -1.0525 center font ",9"
set label 6 "\061\060" at first -0.3831, first -1.0525 center font ",9"
set label 7 "\061\061" at first -0.9699, first -0.5600 center font ",9"
set label 8 "\061\062" at first -1.1030, first 0.1945 center font ",9"
set label 9 "\061\063" at first -0.7199, first 0.8580 center font ",9"
plot "radar\055TIP\056dat" using 1:2 with linespoints lw 2 pt 7 ps 0.6 lc rgb "#1f4e79" title "Legislative", \
     "" using 1:3 with linespoints lw 2 pt 5 ps 0.6 lc rgb "#e08a1e" title "Implementation"
set output

reset
if (gs_format eq "svg") {
    set terminal svg size 1000,494 dynamic noenhanced font "DejaVu Sans,11" background rgb "white"
} else {
    set terminal pngcairo size 1000,494 noenhanced font "DejaVu Sans,10" background rgb "white"
}
set output "gap\055SOM" . gs_suffix . "." . gs_format
set title "SOM\072 gap by article\054 XEA \062\060\062\066" font ",13"
set xrange [0:1.2]
set yrange [12.5:-0.7]
set xlabel "Gap on what is required \050\061 \055 required score\051\073 hatched\072 not rated\054 gap on what was answered"
set xtics 0,0.1,1 nomirror
set ytics nomirror
set grid xtics front lc rgb "#bbbbbb"
set arrow from first 1, graph 0 to first 1, graph 1 nohead lc rgb "#333333"
set key outside bottom center horizontal maxcols 3 samplen 2
set bmargin 7
set object 1 rect from first 0, graph 0 to first 0.15, graph 1 behind fc rgb "#d9f0d3" fillstyle solid 1.0 noborder
set label 1 "C \302\267 high" at first 0.075, graph 1.015 center font ",9"
set object 2 rect from first 0.15, graph 0 to first 0.35, graph 1 behind fc rgb "#f7f4c8" fillstyle solid 1.0 noborder
set label 2 "LC \302\267 substantial" at first 0.25, graph 1.015 center font ",9"
set object 3 rect from first 0.35, graph 0 to first 0.65, graph 1 behind fc rgb "#fde0c5" fillstyle solid 1.0 noborder
set label 3 "PC \302\267 moderate" at first 0.5, graph 1.015 center font ",9"
set object 4 rect from first 0.65, graph 0 to first 1, graph 1 behind fc rgb "#f8d0d0" fillstyle solid 1.0 noborder
set label 4 "NC \302\267 low" at first 0.825, graph 1.015 center font ",9"
set ytics ("\065 Criminal liability of migrants" 0, "\066 Criminalization" 1, "\067 Cooperation" 2, "\070 Measures against the smuggling of\342\200\246" 3, "\071 Safeguard clauses" 4, "\061\060 Information" 5, "\061\061 Border measures" 6, "\061\062 Security and control of documents" 7, "\061\063 Legitimacy and validity of documents" 8, "\061\064 Training and technical cooperation" 9, "\061\065 Other prevention measures" 10, "\061\066 Protection and assistance measures" 11, "\061\070 Return of smuggled migrants" 12)
plot "gap\055SOM\056dat" using (0):($1-0.19):(0):($2==1?$3:NaN):($1-0.36):($1-0.02) with boxxyerror fs solid 0.85 border rgb "#333333" lc rgb "#1f4e79" title "Legislative", \
     "" using (0):($1+0.19):(0):($5==1?$6:NaN):($1+0.02):($1+0.36) with boxxyerror fs solid 0.85 border rgb "#333333" lc rgb "#e08a1e" title "Implementation", \
     "" using (0):($1-0.19):(0):($2==5?$3:NaN):($1-0.36):($1-0.02) with boxxyerror fs pattern 4 border lc rgb "#333333" lc rgb "#1f4e79" title "discretionary \050hatched\051", \
     "" using (0):($1+0.19):(0):($5==5?$6:NaN):($1+0.02):($1+0.36) with boxxyerror fs pattern 4 border lc rgb "#333333" lc rgb "#e08a1e" notitle, \
     "" using (0):($1-0.19):(0):($2==4?$3:NaN):($1-0.36):($1-0.02) with boxxyerror fs pattern 1 border lc rgb "#555555" lc rgb "#8c8c8c" title "insufficient data \050grey\051", \
     "" using (0):($1+0.19):(0):($5==4?$6:NaN):($1+0.02):($1+0.36) with boxxyerror fs pattern 1 border lc rgb "#555555" lc rgb "#8c8c8c" notitle, \
     "" using ($2==2?0.008:NaN):($1-0.19) with points pt 7 ps 0.8 lc rgb "#1f4e79" title "no gap", \
     "" using ($5==2?0.008:NaN):($1+0.19) with points pt 7 ps 0.8 lc rgb "#e08a1e" notitle, \
     "" using 4:($1-0.19):($2==2?"no gap":$2==3?"n\057a\072 nothing applicable":$2==4?"insufficient data":$2==5?"discretionary":$2==6?"no data":"") with labels left font ",8" tc rgb "#1f4e79" notitle, \
     "" using 7:($1+0.19):($5==2?"no gap":$5==3?"n\057a\072 nothing applicable":$5==4?"insufficient data":$5==5?"discretionary":$5==6?"no data":"") with labels left font ",8" tc rgb "#e08a1e" notitle
set output

reset
if (gs_format eq "svg") {
    set terminal svg size 640,640 dynamic noenhanced font "DejaVu Sans,11" background rgb "white"
} else {
    set terminal pngcairo size 640,640 noenhanced font "DejaVu Sans,10" background rgb "white"
}
set output "radar\055SOM" . gs_suffix . "." . gs_format
set title "SOM\072 article scores\054 XEA \062\060\062\066" font ",13"
set polar
set angles degrees
set theta top clockwise
set size square
unset border
unset xtics
unset ytics
set rrange [0:1]
set rtics 0.25 format "%.2f" font ",8"
set grid rtics polar 27.692308 lt 1 lc rgb "#c8c8c8"
set xrange [-1.25:1.25]
set yrange [-1.25:1.25]
set key bottom right
set label 1 "\065" at first 0.0000, first 1.1200 center font ",9"
set label 2 "\066" at first 0.5205, first 0.9917 center font ",9"
set label 3 "\067" at first 0.9217, first 0.6362 center font ",9"
set label 4 "\070" at first 1.1118, first 0.1350 center font ",9"
set label 5 "\071" at first 1.0472, first -0.3972 center font ",9"
set label 6 "\061\060" at first 0.7427, first -0.8383 center font ",9"
set label 7 "\061\061" at first 0.2680, first -1.0875 center font ",9"
set label 8 "\061\062" at first -0.2680, first -1.0875 center font ",9"
set label 9 "\061\063" at first -0.7427, first -0.8383 center font ",9"
set label 10 "\061\064" at first -1.0472, first -0.3972 center font ",9"
set label 11 "\061\065" at first -1.1118, first 0.1350 center font ",9"
set label 12 "\061\066" at first -0.9217, first 0.6362 center font ",9"
set label 13 "\061\070" at first -0.5205, first 0.9917 center font ",9"
plot "radar\055SOM\056dat" using 1:2 with linespoints lw 2 pt 7 ps 0.6 lc rgb "#1f4e79" title "Legislative", \
     "" using 1:3 with linespoints lw 2 pt 5 ps 0.6 lc rgb "#e08a1e" title "Implementation"
set output

reset
if (gs_format eq "svg") {
    set terminal svg size 1000,438 dynamic noenhanced font "DejaVu Sans,11" background rgb "white"
} else {
    set terminal pngcairo size 1000,438 noenhanced font "DejaVu Sans,10" background rgb "white"
}
set output "gap\055FP" . gs_suffix . "." . gs_format
set title "FP\072 gap by article\054 XEA \062\060\062\066" font ",13"
set xrange [0:1.2]
set yrange [10.5:-0.7]
set xlabel "Gap on what is required \050\061 \055 required score\051\073 hatched\072 not rated\054 gap on what was answered"
set xtics 0,0.1,1 nomirror
set ytics nomirror
set grid xtics front lc rgb "#bbbbbb"
set arrow from first 1, graph 0 to first 1, graph 1 nohead lc rgb "#333333"
set key outside bottom center horizontal maxcols 3 samplen 2
set bmargin 7
set object 1 rect from first 0, graph 0 to first 0.15, graph 1 behind fc rgb "#d9f0d3" fillstyle solid 1.0 noborder
set label 1 "C \302\267 high" at first 0.075, graph 1.015 center font ",9"
set object 2 rect from first 0.15, graph 0 to first 0.35, graph 1 behind fc rgb "#f7f4c8" fillstyle solid 1.0 noborder
set label 2 "LC \302\267 substantial" at first 0.25, graph 1.015 center font ",9"
set object 3 rect from first 0.35, graph 0 to first 0.65, graph 1 behind fc rgb "#fde0c5" fillstyle solid 1.0 noborder
set label 3 "PC \302\267 moderate" at first 0.5, graph 1.015 center font ",9"
set object 4 rect from first 0.65, graph 0 to first 1, graph 1 behind fc rgb "#f8d0d0" fillstyle solid 1.0 noborder
set label 4 "NC \302\267 low" at first 0.825, graph 1.015 center font ",9"
set ytics ("\065 Criminalization" 0, "\066 Confiscation\054 seizure and disposal" 1, "\067 Record\055keeping" 2, "\070 Marking of firearms" 3, "\071 Deactivation of firearms" 4, "\061\060 General requirements for export\054\342\200\246" 5, "\061\061 Security and preventive measures" 6, "\061\062 Information" 7, "\061\063 Cooperation" 8, "\061\064 Training and technical assistance" 9, "\061\065 Brokers and brokering" 10)
plot "gap\055FP\056dat" using (0):($1-0.19):(0):($2==1?$3:NaN):($1-0.36):($1-0.02) with boxxyerror fs solid 0.85 border rgb "#333333" lc rgb "#1f4e79" title "Legislative", \
     "" using (0):($1+0.19):(0):($5==1?$6:NaN):($1+0.02):($1+0.36) with boxxyerror fs solid 0.85 border rgb "#333333" lc rgb "#e08a1e" title "Implementation", \
     "" using (0):($1-0.19):(0):($2==5?$3:NaN):($1-0.36):($1-0.02) with boxxyerror fs pattern 4 border lc rgb "#333333" lc rgb "#1f4e79" title "discretionary \050hatched\051", \
     "" using (0):($1+0.19):(0):($5==5?$6:NaN):($1+0.02):($1+0.36) with boxxyerror fs pattern 4 border lc rgb "#333333" lc rgb "#e08a1e" notitle, \
     "" using (0):($1-0.19):(0):($2==4?$3:NaN):($1-0.36):($1-0.02) with boxxyerror fs pattern 1 border lc rgb "#555555" lc rgb "#8c8c8c" title "insufficient data \050grey\051", \
     "" using (0):($1+0.19):(0):($5==4?$6:NaN):($1+0.02):($1+0.36) with boxxyerror fs pattern 1 border lc rgb "#555555" lc rgb "#8c8c8c" notitle, \
     "" using ($2==2?0.008:NaN):($1-0.19) with points pt 7 ps 0.8 lc rgb "#1f4e79" title "no gap", \
     "" using ($5==2?0.008:NaN):($1+0.19) with points pt 7 ps 0.8 lc rgb "#e08a1e" notitle, \
     "" using 4:($1-0.19):($2==2?"no gap":$2==3?"n\057a\072 nothing applicable":$2==4?"insufficient data":$2==5?"discretionary":$2==6?"no data":"") with labels left font ",8" tc rgb "#1f4e79" notitle, \
     "" using 7:($1+0.19):($5==2?"no gap":$5==3?"n\057a\072 nothing applicable":$5==4?"insufficient data":$5==5?"discretionary":$5==6?"no data":"") with labels left font ",8" tc rgb "#e08a1e" notitle
set output

reset
if (gs_format eq "svg") {
    set terminal svg size 640,640 dynamic noenhanced font "DejaVu Sans,11" background rgb "white"
} else {
    set terminal pngcairo size 640,640 noenhanced font "DejaVu Sans,10" background rgb "white"
}
set output "radar\055FP" . gs_suffix . "." . gs_format
set title "FP\072 article scores\054 XEA \062\060\062\066" font ",13"
set polar
set angles degrees
set theta top clockwise
set size square
unset border
unset xtics
unset ytics
set rrange [0:1]
set rtics 0.25 format "%.2f" font ",8"
set grid rtics polar 32.727273 lt 1 lc rgb "#c8c8c8"
set xrange [-1.25:1.25]
set yrange [-1.25:1.25]
set key bottom right
set label 1 "\065" at first 0.0000, first 1.1200 center font ",9"
set label 2 "\066" at first 0.6055, first 0.9422 center font ",9"
set label 3 "\067" at first 1.0188, first 0.4653 center font ",9"
set label 4 "\070" at first 1.1086, first -0.1594 center font ",9"
set label 5 "\071" at first 0.8464, first -0.7334 center font ",9"
set label 6 "\061\060" at first 0.3155, first -1.0746 center font ",9"
set label 7 "\061\061" at first -0.3155, first -1.0746 center font ",9"
set label 8 "\061\062" at first -0.8464, first -0.7334 center font ",9"
set label 9 "\061\063" at first -1.1086, first -0.1594 center font ",9"
set label 10 "\061\064" at first -1.0188, first 0.4653 center font ",9"
set label 11 "\061\065 \050discretionary\051" at first -0.6055, first 0.9422 center font ",9"
plot "radar\055FP\056dat" using 1:2 with linespoints lw 2 pt 7 ps 0.6 lc rgb "#1f4e79" title "Legislative", \
     "" using 1:3 with linespoints lw 2 pt 5 ps 0.6 lc rgb "#e08a1e" title "Implementation"
set output

reset
if (gs_format eq "svg") {
    set terminal svg size 800,520 dynamic noenhanced font "DejaVu Sans,11" background rgb "white"
} else {
    set terminal pngcairo size 800,520 noenhanced font "DejaVu Sans,10" background rgb "white"
}
set output "disagreement" . gs_suffix . "." . gs_format
set title "Where the experts disagree most\054 XEA \062\060\062\066" font ",13"
set xrange [0:1]
set yrange [14.5:-0.7]
set xlabel "Spread of the experts\047 scores (highest \055 lowest)"
set xtics 0.1 nomirror
set ytics nomirror
set grid xtics lc rgb "#cccccc"
set style fill solid 0.85 border rgb "#333333"
unset key
set ytics ("UNTOC\056\065\056L\060\064" 0, "UNTOC\056\061\067\056I\060\062" 1, "UNTOC\056\062\064\056L\060\064" 2, "TIP\056\071\056I\060\061" 3, "TIP\056\061\061\056I\060\062" 4, "SOM\056\066\056L\060\061" 5, "SOM\056\066\056L\060\067" 6, "SOM\056\067\056I\060\062" 7, "SOM\056\061\070\056I\060\063" 8, "FP\056\067\056L\060\062" 9, "UNTOC\056\067\056L\060\061" 10, "UNTOC\056\067\056L\060\062" 11, "UNTOC\056\067\056L\060\063" 12, "UNTOC\056\071\056I\060\061" 13, "UNTOC\056\061\061\056L\060\061" 14)
plot "disagreement\056dat" using (0):1:(0):2:($1-0.35):($1+0.35) with boxxyerror lc rgb "#8e44ad"
set output
