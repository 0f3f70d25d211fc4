function floodFill(image: number[][], sr: number, sc: number, color: number): number[][] {
    const old = image[sr][sc];
    if (old === color) return image;
    const fill = (r: number, c: number): void => {
        if (r < 0 || c < 0 || r >= image.length || c >= image[0].length || image[r][c] !== old) return;
        image[r][c] = color;
        fill(r + 1, c);
        fill(r - 1, c);
        fill(r, c + 1);
        fill(r, c - 1);
    };
    fill(sr, sc);
    return image;
};
