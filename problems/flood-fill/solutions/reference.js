/**
 * @param {number[][]} image
 * @param {number} sr
 * @param {number} sc
 * @param {number} color
 * @return {number[][]}
 */
var floodFill = function(image, sr, sc, color) {
    const old = image[sr][sc];
    if (old === color) return image;
    const m = image.length, n = image[0].length;
    const stack = [[sr, sc]];
    image[sr][sc] = color;
    while (stack.length) {
        const [r, c] = stack.pop();
        for (const [nr, nc] of [[r + 1, c], [r - 1, c], [r, c + 1], [r, c - 1]]) {
            if (nr >= 0 && nr < m && nc >= 0 && nc < n && image[nr][nc] === old) {
                image[nr][nc] = color;
                stack.push([nr, nc]);
            }
        }
    }
    return image;
};
