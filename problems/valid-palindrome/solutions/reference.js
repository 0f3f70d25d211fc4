/**
 * @param {string} s
 * @return {boolean}
 */
var isPalindrome = function(s) {
    const alnum = (c) => /[a-z0-9]/i.test(c);
    let i = 0, j = s.length - 1;
    while (i < j) {
        if (!alnum(s[i])) i++;
        else if (!alnum(s[j])) j--;
        else if (s[i].toLowerCase() !== s[j].toLowerCase()) return false;
        else { i++; j--; }
    }
    return true;
};
