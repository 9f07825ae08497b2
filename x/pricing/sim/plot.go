package sim

import (
	"bytes"
	"image"
	"image/color"
	"image/png"
)

// PlotPNG draws the deviation over time: the deviation in blue, the ±5 % band in grey, zero
// in black, and the start of each shock as a red vertical line. The vertical range is
// ±maxAbs (at least ±10 %).
func PlotPNG(points []Point, shocks []Shock, width, height int) ([]byte, error) {
	img := image.NewRGBA(image.Rect(0, 0, width, height))
	white := color.RGBA{255, 255, 255, 255}
	for x := 0; x < width; x++ {
		for y := 0; y < height; y++ {
			img.Set(x, y, white)
		}
	}
	maxAbs := 0.10
	for _, p := range points {
		if a := abs(p.Deviation); a > maxAbs {
			maxAbs = a
		}
	}
	maxAbs *= 1.1
	const margin = 10
	yOf := func(v float64) int {
		return margin + int((maxAbs-v)/(2*maxAbs)*float64(height-2*margin))
	}
	xOf := func(step int) int {
		return margin + step*(width-2*margin)/len(points)
	}
	hline := func(v float64, c color.Color) {
		y := yOf(v)
		for x := margin; x < width-margin; x++ {
			img.Set(x, y, c)
		}
	}
	hline(0.05, color.RGBA{170, 170, 170, 255})
	hline(-0.05, color.RGBA{170, 170, 170, 255})
	hline(0, color.Black)
	for _, s := range shocks {
		x := xOf(s.Start)
		for y := margin; y < height-margin; y++ {
			img.Set(x, y, color.RGBA{220, 40, 40, 255})
		}
	}
	blue := color.RGBA{30, 70, 200, 255}
	for i := 1; i < len(points); i++ {
		line(img, xOf(i-1), yOf(points[i-1].Deviation), xOf(i), yOf(points[i].Deviation), blue)
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// line draws a segment (Bresenham), two pixels thick.
func line(img *image.RGBA, x0, y0, x1, y1 int, c color.Color) {
	dx, dy := abs(float64(x1-x0)), -abs(float64(y1-y0))
	sx, sy := 1, 1
	if x0 > x1 {
		sx = -1
	}
	if y0 > y1 {
		sy = -1
	}
	e := dx + dy
	for {
		img.Set(x0, y0, c)
		img.Set(x0, y0+1, c)
		if x0 == x1 && y0 == y1 {
			return
		}
		e2 := 2 * e
		if e2 >= dy {
			e += dy
			x0 += sx
		}
		if e2 <= dx {
			e += dx
			y0 += sy
		}
	}
}
