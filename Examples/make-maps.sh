#!/usr/bin/env bash
# Renders every shipped network in every view into Examples/maps/ (SVG), and its report into Examples/reports/.
#   bash Examples/make-maps.sh
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --static-swift-stdlib --product partnermap >/dev/null
bin="$(swift build -c release --static-swift-stdlib --show-bin-path)/partnermap"
declare -A ego=([montreal-inclusif]=binam [london-middlesex-lip]=city-of-london [ontario-lips]=wci [allies-learning-exchange]=allies)
for network in montreal-inclusif london-middlesex-lip ontario-lips allies-learning-exchange; do
  for view in partnerships funding overlap "ego:${ego[$network]}"; do
    name="${view%%:*}"
    "$bin" render "Graphs/$network.yaml" --view "$view" -o "Examples/maps/$network-$name.svg"
  done
done
ls -la Examples/maps

# The HTML reports (and the French one of Montréal).
for network in montreal-inclusif london-middlesex-lip ontario-lips allies-learning-exchange; do
  "$bin" report "Graphs/$network.yaml" --quiet -o "Examples/reports/$network.html"
done
"$bin" report Graphs/montreal-inclusif.yaml --lang fr --quiet -o Examples/reports/montreal-inclusif-fr.html

# Following a network over time: two waves, their change map and change report.
python3 Examples/time/make-waves.py
"$bin" compare Examples/time/ontario-lips-2010.yaml Examples/time/ontario-lips-2011.yaml -o Examples/time/change-map.svg 2>/dev/null
"$bin" compare Examples/time/ontario-lips-2010.yaml Examples/time/ontario-lips-2011.yaml -o Examples/time/change-report.html 2>/dev/null
"$bin" compare Examples/time/ontario-lips-2010.yaml Examples/time/ontario-lips-2011.yaml --lang fr -o Examples/time/rapport-changements.html 2>/dev/null
"$bin" compare Examples/time/ontario-lips-2010.yaml Examples/time/ontario-lips-2011.yaml > Examples/time/compare.txt 2>/dev/null

# Two waves of a partner survey: the network files, the scores and what changed.
waves=Examples/survey/waves
"$bin" import "$waves/responses-2010.csv" --roster "$waves/roster.csv" --name "Lakeside LIP partner survey, 2010 (illustrative)" -o "$waves/lakeside-2010.yaml" >/dev/null
"$bin" import "$waves/responses-2011.csv" --roster "$waves/roster.csv" --respondents "$waves/respondents-2011.csv" --name "Lakeside LIP partner survey, 2011 (illustrative)" -o "$waves/lakeside-2011.yaml" >/dev/null
"$bin" survey "$waves/lakeside-2011.yaml" --lang en > "$waves/survey-2011.txt" 2>/dev/null
"$bin" survey "$waves/lakeside-2011.yaml" --lang fr > "$waves/sondage-2011.txt" 2>/dev/null
"$bin" survey "$waves/lakeside-2011.yaml" --organisation lip --lang en > "$waves/lip-2011.txt" 2>/dev/null
"$bin" compare "$waves/lakeside-2010.yaml" "$waves/lakeside-2011.yaml" --lang en > "$waves/compare.txt" 2>/dev/null
"$bin" compare "$waves/lakeside-2010.yaml" "$waves/lakeside-2011.yaml" --lang fr > "$waves/comparaison.txt" 2>/dev/null
"$bin" report "$waves/lakeside-2011.yaml" --lang en --quiet -o "$waves/report-2011.html" 2>/dev/null
"$bin" report "$waves/lakeside-2011.yaml" --lang fr --quiet -o "$waves/rapport-2011.html" 2>/dev/null
